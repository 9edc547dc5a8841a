#!/usr/bin/env python3
"""Write data/calendar/umm-al-qura.tsv from the `hijridate` package's Umm al-Qura table.

Usage: python3 scripts/ummalqura_table.py PATH > data/calendar/umm-al-qura.tsv
PATH is a `hijridate` wheel (`pip download --no-deps hijridate`) or its unpacked
`hijridate/ummalqura.py`. The module's MONTH_STARTS are the Reduced Julian Days (JDN -
2400000) of day 1 of each month from HIJRI_RANGE's first year on, with one more entry: the
day after the last month. The script reads them as data (no package code is run) and prints
one row per month: Hijri year, month, Gregorian date of day 1; the last row is the day after
the table (year + 1, month 1), so every month's length is known.
"""
import ast
import datetime
import re
import sys
import zipfile


def module_source(path):
    if path.endswith(".whl"):
        with zipfile.ZipFile(path) as z:
            version = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
            meta = z.read(version).decode()
            return z.read("hijridate/ummalqura.py").decode(), meta
    return open(path, encoding="utf-8").read(), ""


def constant(src, name):
    """The literal value of a module-level constant, read with ast (the module is not run)."""
    for node in ast.parse(src).body:
        target = getattr(node, "target", None) or (getattr(node, "targets", None) or [None])[0]
        if isinstance(target, ast.Name) and target.id == name:
            return ast.literal_eval(node.value)
    sys.exit(f"{name} not found")


def main():
    src, meta = module_source(sys.argv[1])
    starts = constant(src, "MONTH_STARTS")
    first_year = constant(src, "HIJRI_RANGE")[0][0]
    version = re.search(r"^Version: (.+)$", meta, re.M)
    version = version.group(1) if version else "?"
    out = sys.stdout
    out.write(
        "# Umm al-Qura calendar: Gregorian date of day 1 of each Hijri month.\n"
        f"# Source: the PyPI package hijridate {version} (hijridate/ummalqura.py, MONTH_STARTS;\n"
        "# MIT licence, Copyright (c) Mohammed Alshehri), extracted by scripts/ummalqura_table.py.\n"
        "# Format: hijri_year<TAB>month<TAB>gregorian_date_of_day_1 (YYYY-MM-DD), one month a\n"
        "# line, consecutive; the last line (month 1 of the year after the table) only ends the\n"
        "# month before it.\n"
        "year\tmonth\tday1\n"
    )
    for i, rjd in enumerate(starts):
        y, m = first_year + i // 12, i % 12 + 1
        g = datetime.date.fromordinal(rjd + 2400000 - 1721425)
        out.write(f"{y}\t{m}\t{g.isoformat()}\n")


if __name__ == "__main__":
    main()
