"""Lesson ``descent`` (course 八.3.4-3.5): live gradient descent with a learning-rate slider."""
