import os
import os.path as p
import a.b.c
from . import x
from ..m import y as z, w
from mod import *
