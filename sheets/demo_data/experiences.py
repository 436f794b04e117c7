"""Experience sheets ("fiches expériences") written by the network about its member communes.

The sheets are split by theme family across private modules so each file stays readable;
`commune` is an INSEE code from communes.py and `related` lists other experience slugs.
"""

from sheets.demo_data._experiences_a import EXPERIENCES_A
from sheets.demo_data._experiences_b import EXPERIENCES_B
from sheets.demo_data._experiences_c import EXPERIENCES_C
from sheets.demo_data._experiences_d import EXPERIENCES_D

EXPERIENCES = [*EXPERIENCES_A, *EXPERIENCES_B, *EXPERIENCES_C, *EXPERIENCES_D]
