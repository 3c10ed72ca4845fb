#!/usr/bin/env python3
"""The baseline a researcher would otherwise write: Python jieba segmentation
plus regular expressions for the numbers, over every report in a folder.

usage: baseline.py DIR    (prints: files, MB, seconds, MB/s)
"""
import glob
import os
import re
import sys
import time

import jieba

jieba.setLogLevel(60)
jieba.initialize()
NUMBER = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?|[一二两三四五六七八九十百千万亿]+)(余|多)?([万亿])?(元|%|个百分点|个工作日|工作日|天|户|家|个|项|件|次|人|名|位|亩|年|个月)")


def main():
    files = sorted(glob.glob(os.path.join(sys.argv[1], "*.txt")))
    texts = [open(f, encoding="utf-8").read() for f in files]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    start = time.perf_counter()
    words = mentions = 0
    for t in texts:
        words += len(jieba.lcut(t))
        mentions += sum(1 for _ in NUMBER.finditer(t))
    secs = time.perf_counter() - start
    print(f"{len(files)} {mb:.2f} {secs:.3f} {mb / secs:.3f} words={words} mentions={mentions}")


if __name__ == "__main__":
    main()
