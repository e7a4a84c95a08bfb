"""Booth mode: the dashboard full screen, the attract loop when nobody is there, the screen kept awake."""
