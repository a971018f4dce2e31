résumé = 'café' +
