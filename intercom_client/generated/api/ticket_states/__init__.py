# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
"""Contains endpoint functions for accessing the API"""
