héllo = 1
π = 3.14
𝔘𝔫𝔦 = 2
x = héllo + π
