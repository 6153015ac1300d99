"""Reads a de-identified SecureBase study export into pandas with the right types.

    from read_study import read_study
    study = read_study("path/to/unzipped/export")
    study["values"], study["aai"], study["infant_ssp"] ... are DataFrames.

or from a shell, to check an export:  python3 read_study.py path/to/unzipped/export
(prints each table's number of rows and each column's dtype).

Types come from dictionary.csv: integer -> Int64 (nullable), decimal -> float64, date ->
datetime64, category -> Categorical with the dictionary's labels in its order, text -> string.
In decimal columns "NS" (an AAI experience scale judged not scorable) becomes NaN, like a scale
that was not rated; the CSV keeps the difference. Needs pandas (1.5 or later).
"""
import os
import sys

import pandas as pd


def _levels(allowed):
    codes, labels = [], []
    for part in allowed.split("|"):
        code, _, label = part.partition("=")
        codes.append(code.strip())
        labels.append(label.strip() if label.strip() else code.strip())
    return codes, labels


def _read(folder, name):
    return pd.read_csv(os.path.join(folder, name), dtype=str, keep_default_na=False,
                       na_values=[""], encoding="utf-8")


def read_study(folder="."):
    """Every table of the export as a DataFrame, typed by dictionary.csv, in a dict by name."""
    dictionary = _read(folder, "dictionary.csv").fillna("")
    study = {}
    for table in dictionary["table"].drop_duplicates():
        df = _read(folder, table + ".csv")
        for _, d in dictionary[dictionary["table"] == table].iterrows():
            name = d["variable"]
            if name not in df.columns:
                continue
            x = df[name]
            kind = d["type"]
            if kind == "integer":
                df[name] = pd.to_numeric(x).astype("Int64")
            elif kind == "decimal":
                df[name] = pd.to_numeric(x.where(x != "NS")).astype("float64")
            elif kind == "date":
                df[name] = pd.to_datetime(x, format="%Y-%m-%d")
            elif kind == "category":
                codes, labels = _levels(d["allowed_values"])
                df[name] = pd.Categorical(x.map(dict(zip(codes, labels))), categories=labels)
            else:
                df[name] = x.astype("string")
        study[table] = df
    return study


if __name__ == "__main__":
    tables = read_study(sys.argv[1] if len(sys.argv) > 1 else ".")
    for table, frame in tables.items():
        print(f"table {table} rows {len(frame)}")
        for column in frame.columns:
            print(f"column {table} {column} {frame[column].dtype}")
