"""Verifier quality on the planted-error set (issue 3 item 4).

Every bullet of a set's bullets.jsonl is checked against its article: a bullet with a planted
error must come out `unsupported` (detected); a correct bullet must not (a false alarm).
Prints, for each set, the detection rate per error kind and the false-alarm rate; --show lists
the misses. Sets: `planted` (eval/data/planted, written with the verifier) and `holdout`
(eval/data/holdout, written blind, the honest measure); `all` (default) runs both.

    .venv/bin/python eval/verify.py [--set planted|holdout|all] [--show]

Targets: detection >= 95%, false alarms <= 5%.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "planted"
SETS = {"planted": DATA, "holdout": HERE / "data" / "holdout", "blind": HERE / "data" / "blind", "blind2": HERE / "data" / "blind2",
        "blind3": HERE / "data" / "blind3", "blind4": HERE / "data" / "blind4", "blind5": HERE / "data" / "blind5", "blind6": HERE / "data" / "blind6",
        "blind7": HERE / "data" / "blind7", "blind8": HERE / "data" / "blind8", "blind9": HERE / "data" / "blind9",
        "blind10": HERE / "data" / "blind10", "blind11": HERE / "data" / "blind11",
        "blind12": HERE / "data" / "blind12",
        "blind13": HERE / "data" / "blind13",
        "blind14": HERE / "data" / "blind14",
        "blind15": HERE / "data" / "blind15",
        "blind16": HERE / "data" / "blind16",
        "blind17": HERE / "data" / "blind17",
        "blind18": HERE / "data" / "blind18",
        "blind19": HERE / "data" / "blind19",
        "blind20": HERE / "data" / "blind20",
        "blind21": HERE / "data" / "blind21",
        "blind22": HERE / "data" / "blind22",
        "blind23": HERE / "data" / "blind23",
        "blind24": HERE / "data" / "blind24",
        "blind25": HERE / "data" / "blind25",
        "blind26": HERE / "data" / "blind26",
        "blind27": HERE / "data" / "blind27",
        "blind28": HERE / "data" / "blind28",
        "blind29": HERE / "data" / "blind29",
        "blind30": HERE / "data" / "blind30",
        "blind31": HERE / "data" / "blind31",
        "blind32": HERE / "data" / "blind32",
        "blind33": HERE / "data" / "blind33",
        "blind34": HERE / "data" / "blind34",
        "blind36": HERE / "data" / "blind36",
        "blind35": HERE / "data" / "blind35",
        "blind37": HERE / "data" / "blind37",
        "blind38": HERE / "data" / "blind38",
        "blind39": HERE / "data" / "blind39",
        "blind40": HERE / "data" / "blind40",
        "blind41": HERE / "data" / "blind41",
        "blind42": HERE / "data" / "blind42",
        "blind43": HERE / "data" / "blind43",
        "blind44": HERE / "data" / "blind44",
        "blind45": HERE / "data" / "blind45",
        "blind46": HERE / "data" / "blind46",
        "blind47": HERE / "data" / "blind47",
        "blind48": HERE / "data" / "blind48",
        "blind49": HERE / "data" / "blind49",
        "blind50": HERE / "data" / "blind50",
        "blind51": HERE / "data" / "blind51",
        "blind52": HERE / "data" / "blind52",
        "blind53": HERE / "data" / "blind53",
        "blind54": HERE / "data" / "blind54",
        "blind55": HERE / "data" / "blind55",
        "blind56": HERE / "data" / "blind56",
        "blind57": HERE / "data" / "blind57",
        "blind58": HERE / "data" / "blind58",
        "blind59": HERE / "data" / "blind59",
        "blind60": HERE / "data" / "blind60",
        "blind61": HERE / "data" / "blind61",
        "blind62": HERE / "data" / "blind62",
        "blind63": HERE / "data" / "blind63",
        "blind64": HERE / "data" / "blind64",
        "blind65": HERE / "data" / "blind65",
        "blind66": HERE / "data" / "blind66",
        "blind67": HERE / "data" / "blind67",
        "blind68": HERE / "data" / "blind68",
        "blind69": HERE / "data" / "blind69",
        "blind70": HERE / "data" / "blind70",
        "blind71": HERE / "data" / "blind71",
        "blind72": HERE / "data" / "blind72",
        "blind73": HERE / "data" / "blind73",
        "blind74": HERE / "data" / "blind74",
        "blind75": HERE / "data" / "blind75",
        "blind76": HERE / "data" / "blind76",
        "blind77": HERE / "data" / "blind77",
        "blind78": HERE / "data" / "blind78",
        "blind79": HERE / "data" / "blind79",
        "blind80": HERE / "data" / "blind80",
        "blind81": HERE / "data" / "blind81",
        "blind82": HERE / "data" / "blind82",
        "blind83": HERE / "data" / "blind83",
        "blind84": HERE / "data" / "blind84",
        "blind85": HERE / "data" / "blind85",
        "blind86": HERE / "data" / "blind86",
        "blind87": HERE / "data" / "blind87",
        "blind88": HERE / "data" / "blind88",
        "blind89": HERE / "data" / "blind89",
        "blind90": HERE / "data" / "blind90",
        "blind91": HERE / "data" / "blind91",
        "blind92": HERE / "data" / "blind92",
        "blind93": HERE / "data" / "blind93",
        "blind94": HERE / "data" / "blind94",
        "blind95": HERE / "data" / "blind95",
        "blind96": HERE / "data" / "blind96",
        "blind97": HERE / "data" / "blind97",
        "blind98": HERE / "data" / "blind98",
        "blind99": HERE / "data" / "blind99",
        "blind100": HERE / "data" / "blind100",
        "blind101": HERE / "data" / "blind101",
        "blind102": HERE / "data" / "blind102",
        "blind103": HERE / "data" / "blind103",
        "blind104": HERE / "data" / "blind104",
        "blind105": HERE / "data" / "blind105",
        "blind106": HERE / "data" / "blind106",
        "blind107": HERE / "data" / "blind107",
        "blind108": HERE / "data" / "blind108",
        "blind109": HERE / "data" / "blind109",
        "blind110": HERE / "data" / "blind110",
        "blind111": HERE / "data" / "blind111",
        "blind112": HERE / "data" / "blind112",
        "blind113": HERE / "data" / "blind113",
        "blind114": HERE / "data" / "blind114",
        "blind115": HERE / "data" / "blind115",
        "blind116": HERE / "data" / "blind116",
        "blind117": HERE / "data" / "blind117",
        "blind118": HERE / "data" / "blind118",
        "blind119": HERE / "data" / "blind119",
        "blind120": HERE / "data" / "blind120",
        "blind121": HERE / "data" / "blind121",
        "blind122": HERE / "data" / "blind122",
        "blind123": HERE / "data" / "blind123",
        "blind124": HERE / "data" / "blind124",
        "blind125": HERE / "data" / "blind125",
        "blind126": HERE / "data" / "blind126",
        "blind127": HERE / "data" / "blind127",
        "blind128": HERE / "data" / "blind128",
        "blind129": HERE / "data" / "blind129",
        "blind130": HERE / "data" / "blind130",
        "blind131": HERE / "data" / "blind131",
        "blind132": HERE / "data" / "blind132",
        "blind133": HERE / "data" / "blind133",
        "blind134": HERE / "data" / "blind134",
        "blind135": HERE / "data" / "blind135",
        "blind136": HERE / "data" / "blind136",
        "blind137": HERE / "data" / "blind137",
        "blind138": HERE / "data" / "blind138",
        "blind139": HERE / "data" / "blind139",
        "blind140": HERE / "data" / "blind140",
        "blind141": HERE / "data" / "blind141",
        "blind142": HERE / "data" / "blind142",
        "blind143": HERE / "data" / "blind143",
        "blind144": HERE / "data" / "blind144",
        "blind145": HERE / "data" / "blind145",
        "blind146": HERE / "data" / "blind146",
        "blind147": HERE / "data" / "blind147",
        "blind148": HERE / "data" / "blind148",
        "blind150": HERE / "data" / "blind150",
        "blind151": HERE / "data" / "blind151",
        "blind152": HERE / "data" / "blind152",
        "blind149": HERE / "data" / "blind149",
        "blind153": HERE / "data" / "blind153",
        "blind155": HERE / "data" / "blind155",
        "blind156": HERE / "data" / "blind156",
        "blind154": HERE / "data" / "blind154",
        "blind158": HERE / "data" / "blind158",
        "blind160": HERE / "data" / "blind160",
        "blind157": HERE / "data" / "blind157",
        "blind159": HERE / "data" / "blind159",
        "blind161": HERE / "data" / "blind161",
        "blind162": HERE / "data" / "blind162",
        "blind163": HERE / "data" / "blind163",
        "blind164": HERE / "data" / "blind164",
        "blind166": HERE / "data" / "blind166",
        "blind165": HERE / "data" / "blind165",
        "blind167": HERE / "data" / "blind167",
        "blind168": HERE / "data" / "blind168",
        "blind172": HERE / "data" / "blind172",
        "blind169": HERE / "data" / "blind169",
        "blind170": HERE / "data" / "blind170",
        "blind171": HERE / "data" / "blind171",
        "blind175": HERE / "data" / "blind175",
        "blind176": HERE / "data" / "blind176",
        "blind174": HERE / "data" / "blind174",
        "blind173": HERE / "data" / "blind173",
        "blind178": HERE / "data" / "blind178",
        "blind179": HERE / "data" / "blind179",
        "blind180": HERE / "data" / "blind180",
        "blind177": HERE / "data" / "blind177"}


def load_set(data: Path = DATA) -> tuple[dict, list[dict]]:
    from citebrief.loaders import load_article

    bullets = [json.loads(line) for line in (data / "bullets.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    articles = {name: load_article(data / "articles" / name) for name in sorted({b["article"] for b in bullets})}
    return articles, bullets


def evaluate(data: Path = DATA) -> dict:
    from citebrief.verify import check_claim

    articles, bullets = load_set(data)
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # kind -> [detected, total]
    false_alarms, correct = 0, 0
    misses: list[tuple[dict, object]] = []
    for b in bullets:
        check = check_claim(b["text"], b["citations"], articles[b["article"]])
        flagged = check.status == "unsupported"
        if b["error"] is None:
            correct += 1
            if flagged:
                false_alarms += 1
                misses.append((b, check))
        else:
            per_kind[b["error"]][1] += 1
            if flagged:
                per_kind[b["error"]][0] += 1
            else:
                misses.append((b, check))
    detected = sum(d for d, _ in per_kind.values())
    planted = sum(t for _, t in per_kind.values())
    return {
        "articles": len(articles), "bullets": len(bullets), "per_kind": dict(per_kind),
        "detected": detected, "planted": planted, "false_alarms": false_alarms, "correct": correct,
        "misses": misses,
    }


def report(name: str, r: dict, show: bool) -> bool:
    """Print one set's figures; True when it meets the targets."""
    print(f"{name} set: {r['articles']} articles, {r['bullets']} bullets "
          f"({r['correct']} correct, {r['planted']} with one planted error)")
    print(f"{'error kind':<22}{'detected':>10}{'rate':>9}")
    for kind in sorted(r["per_kind"]):
        d, t = r["per_kind"][kind]
        print(f"{kind:<22}{d:>6}/{t:<3}{100 * d / t:>8.1f}%")
    det = 100 * r["detected"] / r["planted"]
    fa = 100 * r["false_alarms"] / r["correct"]
    print(f"{'all planted errors':<22}{r['detected']:>6}/{r['planted']:<3}{det:>8.1f}%   (target >= 95%)")
    print(f"{'false alarms':<22}{r['false_alarms']:>6}/{r['correct']:<3}{fa:>8.1f}%   (target <= 5%)")
    if show:
        for b, check in r["misses"]:
            label = b["error"] or "FALSE ALARM"
            print(f"\n[{label}] {b['article']} {b['citations']} {b['text']}\n  -> {check.status}: "
                  f"{check.problems} atoms={[(a.kind, a.text, a.found_in) for a in check.atoms]}")
    return det >= 95 and fa <= 5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="which", choices=[*SETS, "all"], default="all",
                        help="which bullet set to run (default: all, each reported separately)")
    parser.add_argument("--show", action="store_true", help="list missed errors and false alarms")
    args = parser.parse_args(argv)
    names = [n for n in SETS if (SETS[n] / "bullets.jsonl").exists()] if args.which == "all" else [args.which]
    ok = True
    for i, name in enumerate(names):
        if i:
            print()
        ok = report(name, evaluate(SETS[name]), args.show) and ok
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
