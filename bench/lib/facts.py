"""lab/facts.env: the paths and names the agents, the lab and the tools share."""
import os

_TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FACTS = {}
with open(os.path.join(_TOP, "lab/facts.env")) as _f:
    for _line in _f:
        _line = _line.strip()
        if _line and not _line.startswith("#"):
            _key, _, _value = _line.partition("=")
            FACTS[_key] = _value
STATE = os.environ.get("KVMHA_LAB_STATE", FACTS["KVMHA_LAB_STATE_DEFAULT"])
