import sys from os
