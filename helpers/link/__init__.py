"""Across reports: the events that tell one happening -> one incident, with its casualty figures."""
from helpers.link.incidents import link_incidents

__all__ = ["link_incidents"]
