"""Demo content of the member area, as plain Python data (no model imports).

Organisations, working groups, member accounts and reserved resources live here as lists of
dicts so that the demo builder (``members_area.demo``) and the self-check test
(``tests/members_area/test_demo_data.py``) read the same source. Communes are referenced by
their INSEE code, which must exist in ``sheets.demo_data.communes.COMMUNES``.
"""
