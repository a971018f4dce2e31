# A user subclass of SyntaxError keeps the location display, with one caret.
class TemplateError(SyntaxError):
    pass


raise TemplateError("unexpected tag", ("page.tmpl", 12, 4, "{% endfor %}\n", 12, 12))
