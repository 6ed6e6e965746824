"""One module per fact kind: find spans in a spaCy Doc and turn them into records."""
