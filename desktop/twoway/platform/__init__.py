"""What Twoway reads from the desktop it runs on: probes behind small seams.

Each probe answers one question (who records from a microphone, which windows are open,
is the screen shared) or says it cannot tell (None). The rules that use the answers live
in `twoway.core.calls`. No Qt here either, so the probes are tested and measured alone.
"""
