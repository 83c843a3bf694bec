"""Qt item models over the store for the main window: one module per view.

The smaller lists rebuild their row list when their records change and keep the view's
selection whenever the rows stay the same (`base.SelectedModel`).
"""
