"""Evaluation harness: scores factx on the development data sets (`python -m factx.evaluation`).

Each data set has its own module that loads the gold data, runs the extractor and returns a
`SetReport` of numbers; only `__main__` prints.
"""
