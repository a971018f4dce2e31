y = 'éabc
