#!/usr/bin/python3
"""A lower bound for the peer of `strateg opensdg-progress` (issue 16): sdg-build 2.4.0 itself cannot be
installed on this machine (no PyPI; Debian does not package it), so this measures only the work sdg-build's
progress step cannot avoid, with the same Debian libraries it would use (python3-pandas, python3-yaml):
start Python, import pandas and yaml, read every indicator config and every data CSV of the repository with
pandas, and read the translation files it is given. No progress is calculated and nothing is written, so the
real peer is slower than this figure.

    /usr/bin/python3 benchmarks/opensdg-peer-floor.py REPOSITORY [TRANSLATIONS_DIR...]
"""
import glob
import os
import sys
import time

t0 = time.perf_counter()
import pandas as pd  # noqa: E402
import yaml  # noqa: E402
t_import = time.perf_counter()

repo = sys.argv[1]
for folder in sys.argv[2:] + [os.path.join(repo, "translations")]:
    for f in sorted(glob.glob(os.path.join(folder, "en", "*.yml"))):
        with open(f, encoding="utf-8") as fh:
            yaml.safe_load(fh)
t_translations = time.perf_counter()

indicators = 0
for f in sorted(glob.glob(os.path.join(repo, "indicator-config", "*.yml"))):
    with open(f, encoding="utf-8-sig") as fh:
        meta = yaml.safe_load(fh) or {}
    ident = os.path.basename(f)[:-4]
    csv = os.path.join(repo, "data", "indicator_" + ident + ".csv")
    if meta.get("auto_progress_calculation") and os.path.exists(csv):
        pd.read_csv(csv, encoding="utf-8-sig")
        indicators += 1
t_end = time.perf_counter()

print("python+imports %.3f s, translations %.3f s, configs+CSV (%d indicators) %.3f s, total in-process %.3f s"
      % (t_import - t0, t_translations - t_import, indicators, t_end - t_translations, t_end - t0))
