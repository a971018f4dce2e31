import os
import os.path as osp
import collections.abc, json
from typing import (
    Any,
    Optional as Opt,
)
from . import sibling
from ..parent.module import name as alias
from .. import *
from __future__ import annotations
