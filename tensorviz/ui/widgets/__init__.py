"""Reusable drawings the lessons share. Widgets paint core dataclasses; they never call torch."""
