"""Lesson ``dtype`` (course 三.3, 五): the data types (size, range, precision), conversions and
what they lose, float bits, and devices."""
