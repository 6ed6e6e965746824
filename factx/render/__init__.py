"""Renderers: fact records -> JSON, JSON Lines or Rich tables. No extraction happens here."""
