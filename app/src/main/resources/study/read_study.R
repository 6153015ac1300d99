# read_study.R: reads a de-identified SecureBase study export into R with the right types.
#
#   source("read_study.R"); study <- read_study("path/to/unzipped/export")
#   study$values, study$aai, study$infant_ssp ... are data frames.
#
# or from a shell, to check an export:  Rscript read_study.R path/to/unzipped/export
# (prints each table's number of rows and each column's R class).
#
# Types come from dictionary.csv: integer -> integer, decimal -> numeric, date -> Date,
# category -> factor with the dictionary's levels and labels, text -> character.
# In decimal columns "NS" (an AAI experience scale judged not scorable) becomes NA, like a scale
# that was not rated; the CSV keeps the difference.
# Only base R is used. To write SPSS .sav files: haven::write_sav(study$values, "values.sav").

read_study_levels <- function(allowed) {
  parts <- strsplit(allowed, "|", fixed = TRUE)[[1]]
  codes <- trimws(sub("=.*$", "", parts))
  labels <- ifelse(grepl("=", parts, fixed = TRUE), trimws(sub("^[^=]*=", "", parts)), codes)
  list(codes = codes, labels = labels)
}

read_study <- function(folder = ".") {
  read_chr <- function(file) {
    utils::read.csv(file.path(folder, file), colClasses = "character", na.strings = "",
                    check.names = FALSE, encoding = "UTF-8", stringsAsFactors = FALSE)
  }
  dict <- read_chr("dictionary.csv")
  dict[is.na(dict)] <- ""
  study <- list()
  for (table in unique(dict$table)) {
    d <- dict[dict$table == table, , drop = FALSE]
    df <- read_chr(paste0(table, ".csv"))
    for (i in seq_len(nrow(d))) {
      v <- d$variable[i]
      if (!v %in% names(df)) next
      x <- df[[v]]
      df[[v]] <- switch(d$type[i],
        integer = as.integer(x),
        decimal = as.numeric(ifelse(x %in% "NS", NA, x)),
        date = as.Date(x, format = "%Y-%m-%d"),
        category = {
          lv <- read_study_levels(d$allowed_values[i])
          factor(x, levels = lv$codes, labels = lv$labels)
        },
        x)
    }
    study[[table]] <- df
  }
  study
}

if (sys.nframe() == 0L) {
  args <- commandArgs(trailingOnly = TRUE)
  study <- read_study(if (length(args) > 0) args[1] else ".")
  for (table in names(study)) {
    df <- study[[table]]
    cat(sprintf("table %s rows %d\n", table, nrow(df)))
    for (column in names(df)) {
      cat(sprintf("column %s %s %s\n", table, column, class(df[[column]])[1]))
    }
  }
}
