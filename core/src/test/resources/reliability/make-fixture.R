# Generates the synthetic fixture transcripts.csv once (committed); reference.R reads the CSV.
# Synthetic data: 30 transcripts double-coded by two coders, with realistic disagreement.
# Run: Rscript make-fixture.R   (R 4.2, Debian 12)
set.seed(20261124)
n <- 30
half <- function(v) pmin(9, pmax(1, round(v * 2) / 2))
truth <- sample(c("F", "Ds", "E"), n, replace = TRUE, prob = c(.55, .25, .20))
truth_u <- runif(n) < .2
other <- function(k) sample(setdiff(c("F", "Ds", "E"), k), 1)
c1 <- ifelse(runif(n) < .85, truth, sapply(truth, other))
c2 <- ifelse(runif(n) < .80, truth, sapply(truth, other))
u1 <- ifelse(runif(n) < .85, truth_u, !truth_u)
u2 <- ifelse(runif(n) < .85, truth_u, !truth_u)
com <- ifelse(truth == "F", 6.5, ifelse(truth == "Ds", 3, 3.5)) + rnorm(n, 0, 1)
unres <- ifelse(truth_u, 6, 2) + rnorm(n, 0, 1.2)
loving <- ifelse(truth == "Ds", 3, 5) + rnorm(n, 0, 1.5)
ideal <- ifelse(truth == "Ds", 6, 2.5) + rnorm(n, 0, 1.3)
d <- data.frame(
  transcript = sprintf("T%02d", 1:n),
  class_coder1 = c1, unresolved_coder1 = u1,
  class_coder2 = c2, unresolved_coder2 = u2,
  coherence_of_mind_coder1 = half(com + rnorm(n, 0, .6)),
  coherence_of_mind_coder2 = half(com + 0.3 + rnorm(n, 0, .7)),
  unresolved_loss_coder1 = half(unres + rnorm(n, 0, .8)),
  unresolved_loss_coder2 = half(unres + rnorm(n, 0, .9)),
  loving_mother_coder1 = half(loving + rnorm(n, 0, .9)),
  loving_mother_coder2 = half(loving - 0.4 + rnorm(n, 0, 1)),
  idealization_mother_coder1 = half(ideal + rnorm(n, 0, 1)),
  idealization_mother_coder2 = half(ideal + rnorm(n, 0, 1.1)),
  # discourse indicator rates per 1000 words, loosely related to the coded scales
  rate_self_correction = round(pmax(0, 2 + 0.6 * com + rnorm(n, 0, 1.5)), 3),
  rate_vague_reference = round(pmax(0, 9 - 0.9 * com + rnorm(n, 0, 2)), 3),
  rate_lack_of_recall = round(pmax(0, 0.3 * ideal + rnorm(n, 0, 1)), 3),
  rate_past_tense_loss = round(pmax(0, 0.5 * unres + rnorm(n, 0, 1.2)), 3)
)
write.csv(d, "transcripts.csv", row.names = FALSE, quote = FALSE)
