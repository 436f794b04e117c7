"""Demo content for the public site: plain Python data, no models.

The demo builder (sheets.demo) turns these lists into themes, communes and pages;
keeping the prose apart from the builder lets writers edit it without touching code.
"""
