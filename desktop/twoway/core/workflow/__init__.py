"""The method around a call, without Qt: the fit check, the request composer, the prep
checklist, debrief to follow-ups, what Today shows, contact search, and insights."""
