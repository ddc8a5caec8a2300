"""Lesson ``create`` (course 三, 四): every constructor of the course, drawn with its
attributes; seeds and samples of the random ones."""
