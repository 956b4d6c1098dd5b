"""Small, checkable statistics shared by the analytics: confidence intervals and tests a supervisor's
numbers need before anything is called "a link", "a difference" or "a warning sign".

No scipy at run time: the normal distribution comes from `math.erf` and `statistics.NormalDist`, the few
Student-t quantiles from a table. The tests hold reference values computed once with scipy.
"""

from __future__ import annotations

import math
from statistics import NormalDist

Z_95 = 1.959963984540054  # two-sided 95 %: the normal's 97.5th percentile

# Student t, 97.5th percentile, df 1–30 (scipy.stats.t.ppf(0.975, df), to 4 decimals); beyond 30 the
# table steps down to the normal through 40, 60 and 120 degrees of freedom.
_T_975 = (12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
          2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
          2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423)
_T_975_LARGE = ((40, 2.0211), (60, 2.0003), (120, 1.9799))


def t_975(df: int) -> float:
    """The two-sided 95 % critical value of Student's t with `df` degrees of freedom (conservative between
    table rows: the value of the next smaller tabled df)."""
    if df < 1:
        raise ValueError("degrees of freedom must be at least 1")
    if df <= len(_T_975):
        return _T_975[df - 1]
    value = _T_975[-1]
    for tabled, critical in _T_975_LARGE:
        if df >= tabled:
            value = critical
    return value if df < 1000 else Z_95


def correlation_interval(r: float, n: int, z: float = Z_95) -> tuple[float, float] | None:
    """95 % interval for Pearson's r by Fisher's z transform: atanh(r) ± z / √(n − 3). None below n = 4."""
    if n < 4:
        return None
    if abs(r) >= 1.0:
        return (r, r)
    centre, half = math.atanh(r), z / math.sqrt(n - 3)
    return math.tanh(centre - half), math.tanh(centre + half)


def normal_two_sided_p(statistic: float) -> float:
    """P(|Z| ≥ |statistic|) for a standard normal Z."""
    return 2.0 * (1.0 - NormalDist().cdf(abs(statistic)))


def chi2_1_p(statistic: float) -> float:
    """Upper tail of the χ² distribution with one degree of freedom (the log-rank test of two groups)."""
    return math.erfc(math.sqrt(max(statistic, 0.0) / 2.0))


def mean_interval(values: list[float]) -> tuple[float, float] | None:
    """95 % t-interval for the mean of `values` (e.g. paired differences). None below two values."""
    n = len(values)
    if n < 2:
        return None
    m = sum(values) / n
    sd = math.sqrt(sum((v - m) ** 2 for v in values) / (n - 1))
    half = t_975(n - 1) * sd / math.sqrt(n)
    return m - half, m + half


def ratio_interval(events_a: int, n_a: int, events_b: int, n_b: int,
                   z: float = Z_95) -> tuple[float, float, float] | None:
    """Risk ratio (a over b) with its 95 % interval on the log scale (Katz). With a zero count the usual
    half is added to every cell so the interval still exists. None when either group is empty."""
    if n_a == 0 or n_b == 0:
        return None
    half = 0.5 if events_a == 0 or events_b == 0 else 0.0
    a, size_a, b, size_b = events_a + half, n_a + half, events_b + half, n_b + half
    ratio = (a / size_a) / (b / size_b)
    se = math.sqrt(max(1 / a - 1 / size_a + 1 / b - 1 / size_b, 0.0))
    return ratio, ratio * math.exp(-z * se), ratio * math.exp(z * se)
