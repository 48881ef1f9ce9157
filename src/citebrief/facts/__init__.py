"""Facts: the one reader of checkable facts in a text, used by the verifier, stories, the
extractive ranking, the LLM hints and the key-figures block.

    quantities   figures with scale, unit and currency (1.7万亿日元 = 1.7 trillion yen)
    temporal     dates, months, quarters, halves, years and their periods
    names        pinyin and other readings of personal and place names
    gazetteer    the bilingual table of people, companies, regulators, places
    surnames     surname-only aliases ('高市' for 高市早苗)
    atoms        all of the above read from one text (a claim or a paragraph) by one set of rules
    binding      each figure of a paragraph tied to its subject, metric, base, denominator and period
"""
