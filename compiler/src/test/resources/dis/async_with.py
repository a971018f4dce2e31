async def locked(lock, conn):
    async with lock:
        pass
    async with lock, conn.cursor() as cur:
        await cur.execute("select 1")
        return await cur.fetchone()
