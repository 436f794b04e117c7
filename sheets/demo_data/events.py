"""Events organised by the network since 2010, each hosted by a member collectivité.

Past events carry a "start" datetime (and often a "report"); upcoming ones carry
"offset_days" and "time" so the builder dates them from today and they stay upcoming.
"""

from sheets.demo_data._events_a import EVENTS_A
from sheets.demo_data._events_b import EVENTS_B
from sheets.demo_data._events_c import EVENTS_C

EVENTS = sorted(
    [*EVENTS_A, *EVENTS_B, *EVENTS_C],
    key=lambda item: item.get("start") or f"9999-{item['offset_days']:05d}",
)
