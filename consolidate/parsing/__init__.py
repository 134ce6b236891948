"""Reading amending acts (``consolidate.parser`` is the front door).

- :mod:`.source` — positions, front matter, the split into articles;
- :mod:`.designation` — acts ("de la même loi"), addresses, history recitals, quotes;
- :mod:`.articles` — article kinds, lead-ins and points;
- :mod:`.instruction` — one instruction → one operation (formulas: :mod:`consolidate.lang.fr`);
- :mod:`.blocks` — quoted blocks of new text → :class:`~consolidate.model.NewUnit` trees;
- :mod:`.reading` — the parse trace shown by ``consolidate explain``.
"""
