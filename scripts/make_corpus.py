#!/usr/bin/env python3
"""Make a benchmark corpus by repeating and varying the sample and extra reports.

usage: make_corpus.py OUT_DIR TARGET_MB [--single]

Each copy gets its numbers scaled and its place name swapped for another
prefecture or county from data/gazetteer.tsv (deterministic: seeded by the
copy number), so copies differ in content, hash and place. --single writes
one report of TARGET_MB instead of many small ones.
"""
import glob
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SUFFIXES = ("自治州", "自治县", "地区", "市", "县", "区", "盟", "旗")


def short(name):
    for s in SUFFIXES:
        if name.endswith(s) and len(name) - len(s) >= 2:
            return name[: -len(s)]
    return name


def scaled(number, factor):
    """`number` times `factor`, written as reports write numbers: a whole
    number stays whole (and at least 1: no `第0`), a decimal keeps at most
    two places, and never in exponent form (`{:.4g}` wrote 10060 as
    `1.006e+04`)."""
    value = float(number) * factor
    if "." not in number:
        return str(max(1, int(round(value))))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def main():
    out, target_mb = sys.argv[1], float(sys.argv[2])
    single = "--single" in sys.argv
    sources = sorted(glob.glob(os.path.join(ROOT, "inputs", "*.txt")))
    extra = os.path.join(ROOT, "..", "shared", "corpus", "extra")
    sources += sorted(glob.glob(os.path.join(extra, "*.txt")))
    texts = [open(p, encoding="utf-8").read() for p in sources]
    places = [line.split("\t")[1] for line in open(os.path.join(ROOT, "data", "gazetteer.tsv"), encoding="utf-8").read().splitlines()[1:]
              if line.split("\t")[2] in ("prefecture", "county")]
    originals = ["大冶", "湘潭", "湖州", "玉门", "孝南", "临汾", "福州", "廣水", "濉溪", "梧州", "太原", "廣州", "西华", "吴起", "南昌", "威县", "苏州", "渝中", "常德"]
    os.makedirs(out, exist_ok=True)
    target = int(target_mb * 1_000_000)
    size, n, parts = 0, 0, []
    while size < target:
        rng = random.Random(n)
        text = texts[n % len(texts)]
        new_place = short(rng.choice(places))
        for o in originals:
            text = text.replace(o, new_place)
        factor = rng.choice([0.5, 0.8, 1.1, 1.3, 2.0])
        text = re.sub(r"\d+(\.\d+)?", lambda m: m.group(0) if len(m.group(0)) == 4 else scaled(m.group(0), factor), text)
        data = text.encode("utf-8")
        size += len(data)
        if single:
            parts.append(text)
        else:
            with open(os.path.join(out, f"r{n:06d}.txt"), "wb") as f:
                f.write(data)
        n += 1
    if single:
        with open(os.path.join(out, "single.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(parts))
    print(f"{out}: {1 if single else n} files, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
