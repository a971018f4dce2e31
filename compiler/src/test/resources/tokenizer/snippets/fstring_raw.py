rf"\d{x}\n" fR'\{{'
