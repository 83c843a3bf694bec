"""One meeting, step by step: plan (or decline), request, prep, run, debrief.

`page` is the page itself; each step has its own module, sharing `step`.
"""
