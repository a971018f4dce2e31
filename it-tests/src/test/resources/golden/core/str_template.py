# A tiny template engine: {{ name }}, {{ name|upper }}, loops with {% for x in xs %}...{% endfor %}.

def render(template, context):
    out = []
    i = 0
    while i < len(template):
        if template.startswith("{%", i):
            end = template.index("%}", i)
            tag = template[i + 2:end].split()
            if tag[0] != "for" or tag[2] != "in":
                raise SyntaxError(f"bad tag {' '.join(tag)!r}")
            close = template.index("{% endfor %}", end)
            body = template[end + 2:close]
            for value in context[tag[3]]:
                out.append(render(body, dict(context, **{tag[1]: value})))
            i = close + len("{% endfor %}")
        elif template.startswith("{{", i):
            end = template.index("}}", i)
            expr = template[i + 2:end].strip()
            name, _, flt = expr.partition("|")
            value = context
            for part in name.strip().split("."):
                value = value[part] if isinstance(value, dict) else getattr(value, part)
            value = str(value)
            if flt.strip() == "upper":
                value = value.upper()
            elif flt.strip() == "title":
                value = value.title()
            elif flt.strip():
                raise ValueError(f"unknown filter {flt.strip()!r}")
            out.append(value)
            i = end + 2
        else:
            nxt = min([p for p in (template.find("{{", i), template.find("{%", i)) if p != -1] or [len(template)])
            out.append(template[i:nxt])
            i = nxt
    return "".join(out)


ctx = {"user": {"name": "ada lovelace", "role": "admin"}, "items": ["tea", "scones", "jam"], "n": 3}
print(render("Hello {{ user.name|title }} ({{ user.role|upper }})!", ctx))
print(render("You have {{n}} items:{% for it in items %} [{{ it }}]{% endfor %}.", ctx))
print(render("No tags at all.", ctx))
print(render("{% for a in items %}<{{ a|upper }}>{% endfor %}", ctx))
for bad in ("{{ user.name|reverse }}", "{% while x %}", "{{ missing }}", "{{ unclosed"):
    try:
        print(render(bad, ctx))
    except (ValueError, SyntaxError, KeyError) as e:
        print(type(e).__name__ + ":", e)
