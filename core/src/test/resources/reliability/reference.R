# Reference values for the reliability and calibration tests, computed with R and psych.
# Produced with R 4.2.2 and psych 2.2.9 (Debian 12: apt-get install r-base-core r-cran-psych).
# Run from this directory: Rscript reference.R   -> writes reference-values.csv
# Long format: section,subject,statistic,value. Values printed with 17 significant digits.
library(psych)
d <- read.csv("transcripts.csv", stringsAsFactors = FALSE)
out <- list()
put <- function(section, subject, statistic, value) {
  out[[length(out) + 1]] <<- data.frame(section = section, subject = subject,
                                        statistic = statistic, value = sprintf("%.17g", value))
}

# --- Cohen's kappa (unweighted) for 2-, 3- and 4-way mappings of the classifications ---
# 4-way: U when the coder marked unresolved, else the organized class (F, Ds, E).
# 3-way: the organized class. 2-way: secure when the 4-way label is F, insecure otherwise.
four <- function(cls, u) ifelse(u, "U", cls)
two <- function(cls, u) ifelse(four(cls, u) == "F", "secure", "insecure")
maps <- list(
  "2-way" = cbind(two(d$class_coder1, d$unresolved_coder1), two(d$class_coder2, d$unresolved_coder2)),
  "3-way" = cbind(d$class_coder1, d$class_coder2),
  "4-way" = cbind(four(d$class_coder1, d$unresolved_coder1), four(d$class_coder2, d$unresolved_coder2)))
for (m in names(maps)) {
  x <- maps[[m]]
  ck <- cohen.kappa(x)
  agree <- sum(x[, 1] == x[, 2])
  put("kappa", m, "n", nrow(x))
  put("kappa", m, "agreements", agree)
  put("kappa", m, "kappa", ck$confid[1, "estimate"])
  put("kappa", m, "lower", ck$confid[1, "lower"])
  put("kappa", m, "upper", ck$confid[1, "upper"])
  put("kappa", m, "variance", ck$var.kappa)
  # Wilson score interval for percent agreement (prop.test without continuity correction)
  w <- prop.test(agree, nrow(x), correct = FALSE)$conf.int
  put("agreement", m, "wilson_lower", w[1])
  put("agreement", m, "wilson_upper", w[2])
}

# --- ICC, all six Shrout & Fleiss forms; ANOVA estimates (lmer = FALSE: classic Shrout & Fleiss) ---
icc_rows <- function(name, x) {
  r <- ICC(x, lmer = FALSE)$results
  for (i in seq_len(nrow(r))) {
    f <- r$type[i]
    put("icc", name, paste0(f, ".value"), r$ICC[i])
    put("icc", name, paste0(f, ".F"), r$F[i])
    put("icc", name, paste0(f, ".df1"), r$df1[i])
    put("icc", name, paste0(f, ".df2"), r$df2[i])
    put("icc", name, paste0(f, ".p"), r$p[i])
    put("icc", name, paste0(f, ".lower"), r[["lower bound"]][i])
    put("icc", name, paste0(f, ".upper"), r[["upper bound"]][i])
  }
}
scales <- c("coherence_of_mind", "unresolved_loss", "loving_mother", "idealization_mother")
for (s in scales) icc_rows(s, d[, paste0(s, c("_coder1", "_coder2"))])
icc_rows("shrout_fleiss", read.csv("shrout-fleiss.csv"))

# --- Spearman correlations of indicator rates with coder 1's scales ---
rates <- grep("^rate_", names(d), value = TRUE)
for (r in rates) for (s in scales) {
  rho <- cor(d[[r]], d[[paste0(s, "_coder1")]], method = "spearman")
  se <- sqrt((1 + rho^2 / 2) / (nrow(d) - 3))  # Bonett & Wright (2000)
  put("spearman", paste0(r, "~", s), "rho", rho)
  put("spearman", paste0(r, "~", s), "bw_lower", tanh(atanh(rho) - qnorm(.975) * se))
  put("spearman", paste0(r, "~", s), "bw_upper", tanh(atanh(rho) + qnorm(.975) * se))
}

# --- Logistic regression (no penalty): secure (coder 1 4-way F) from two rates ---
d$secure <- as.integer(four(d$class_coder1, d$unresolved_coder1) == "F")
fit <- glm(secure ~ rate_self_correction + rate_vague_reference, family = binomial, data = d,
           control = glm.control(epsilon = 1e-14, maxit = 100))
stopifnot(fit$converged)
for (k in names(coef(fit))) put("glm", k, "coefficient", coef(fit)[[k]])
put("glm", "model", "deviance", deviance(fit))

# AUC (Mann-Whitney) of one rate as a score for secure: W / (n1 n0) from wilcox.test.
for (r in c("rate_self_correction", "rate_vague_reference")) {
  pos <- d[[r]][d$secure == 1]
  neg <- d[[r]][d$secure == 0]
  w <- suppressWarnings(wilcox.test(pos, neg, exact = FALSE))$statistic
  put("auc", r, "auc", w / (length(pos) * length(neg)))
}

write.csv(do.call(rbind, out), "reference-values.csv", row.names = FALSE, quote = FALSE)
