"""mentor-pause: know, at any moment, which peer mentors are available."""
