"""Qorgau: rights information and duty lawyers for migrants in Kazakhstan."""
