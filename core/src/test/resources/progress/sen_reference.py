"""Reference values for RecoveryTrendTest, computed once with SciPy's theilslopes.

Run: python3 sen_reference.py > sen-reference.csv   (SciPy 1.17.1, NumPy 2.4.6 when committed)

Each row: dataset, then 'episode' rows (seconds after the start, minutes until settled) and one
'expected' row (slope, lower, upper in minutes per week at 95%). Slopes use x in weeks.
"""
import numpy as np
from scipy.stats import theilslopes

WEEK = 7 * 24 * 3600
DAY = 24 * 3600

datasets = {
    "hand-example": ([w * WEEK for w in range(6)], [60, 50, 55, 40, 30, 35]),
    "irregular-with-tied-minutes": (
        [d * DAY + h * 3600 for d, h in [(0, 20), (4, 9), (9, 22), (15, 7), (22, 18), (30, 21),
                                         (41, 8), (49, 23), (58, 12), (70, 19), (84, 6), (97, 15)]],
        [95, 120, 60, 90, 60, 75, 45, 60, 30, 45, 30, 20]),
    "noisy-twenty": (
        [int(round(d * DAY)) for d in np.cumsum([0, 5, 9, 3, 12, 7, 6, 10, 4, 8, 11, 6, 9, 5, 7, 13, 4, 8, 10, 6])],
        [80, 95, 70, 88, 75, 60, 82, 65, 58, 72, 50, 66, 45, 55, 60, 40, 52, 38, 47, 35]),
    "tied-timestamps": (
        [0, 0, 7 * DAY, 14 * DAY, 14 * DAY, 21 * DAY, 28 * DAY, 35 * DAY, 42 * DAY],
        [40, 55, 45, 50, 60, 52, 58, 61, 66]),
}

print("dataset,kind,a,b,c")
for name, (seconds, minutes) in datasets.items():
    for s, m in zip(seconds, minutes):
        print(f"{name},episode,{s},{m},")
    x = np.array(seconds, dtype=float) / WEEK
    y = np.array(minutes, dtype=float)
    res = theilslopes(y, x, alpha=0.95)
    print(f"{name},expected,{float(res.slope)!r},{float(res.low_slope)!r},{float(res.high_slope)!r}")
