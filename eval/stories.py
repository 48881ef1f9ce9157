"""Story grouping quality: pairwise precision and recall on articles we wrote.

    .venv/bin/python eval/stories.py [eval/data/stories]

eval/data/stories/*.txt are short wire stories in the house text format (title, dateline, blank
line, paragraphs) from invented portals in zh-Hans, zh-Hant and English; labels.json names the
story of each file. Some stories are look-alikes of others (the same company in another quarter or
month, another IPO with the same template, the same percentage in another company's results).
A pair of articles counts as positive when both are in one story. Target: both >= 0.9.
"""
from __future__ import annotations

import json
import sys
from itertools import combinations
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "stories"


def evaluate(data_dir: Path = DATA) -> dict:
    from citebrief.loaders import load_article
    from citebrief.stories import StoryDoc, article_text, cluster

    labels: dict[str, str] = json.loads((data_dir / "labels.json").read_text(encoding="utf-8"))
    names = sorted(labels)
    docs = []
    for key, name in enumerate(names):
        article = load_article(str(data_dir / name))
        docs.append(StoryDoc(key, article_text(article.title, article.paragraphs)))
    predicted = {}
    for group_no, group in enumerate(cluster(docs)):
        for key in group:
            predicted[names[key]] = group_no
    tp = fp = fn = 0
    mistakes = []
    for a, b in combinations(names, 2):
        same_true = labels[a] == labels[b]
        same_pred = predicted[a] == predicted[b]
        tp += same_true and same_pred
        fp += same_pred and not same_true
        fn += same_true and not same_pred
        if same_true != same_pred:
            mistakes.append(("merged" if same_pred else "split", a, labels[a], b, labels[b]))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {
        "articles": len(names), "stories": len(set(labels.values())),
        "predicted_stories": len(set(predicted.values())), "pairs_true": tp + fn,
        "precision": precision, "recall": recall, "mistakes": mistakes,
    }


def main(argv: list[str]) -> int:
    result = evaluate(Path(argv[0]) if argv else DATA)
    print(f"articles {result['articles']}, stories {result['stories']} (predicted {result['predicted_stories']}), "
          f"same-story pairs {result['pairs_true']}")
    print(f"pairwise precision {result['precision']:.3f}  recall {result['recall']:.3f}")
    for kind, a, la, b, lb in result["mistakes"]:
        print(f"  {kind}: {a} ({la}) / {b} ({lb})")
    return 0 if result["precision"] >= 0.9 and result["recall"] >= 0.9 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
