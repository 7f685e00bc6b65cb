// Runs in mongosh against the compose MongoDB (service mongo-init): makes the single node a replica
// set (transactions and change streams behave as in production) and gives every service its own
// database and user, which can read and write that database only. Idempotent.
const root = db.getSiblingDB('admin');
try {
  rs.status();
} catch (notYetInitiated) {
  rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongo:27017' }] });
}
while (!root.runCommand({ hello: 1 }).isWritablePrimary) {
  sleep(500);
}
// SERVICE_DATABASES: "name:password name:password ..." (docker-compose.yml)
for (const entry of process.env.SERVICE_DATABASES.trim().split(/\s+/)) {
  const [name, password] = entry.split(':');
  const database = db.getSiblingDB(name);
  if (database.getUser(name) === null) {
    database.createUser({ user: name, pwd: password, roles: [{ role: 'readWrite', db: name }] });
    print(`created database user ${name}`);
  }
}
