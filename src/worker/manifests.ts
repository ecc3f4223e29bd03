// The seed article's manifest, as plain text with no imports: the worker writes it into the terminal's files,
// and the YAML editor (main thread) opens with it, without pulling the engine into the UI bundle.

/** Its file name in the terminal (`kubectl apply -f nginx-deployment.yaml`). */
export const SEED_FILE = 'nginx-deployment.yaml';

/** The article's nginx-deployment.yaml. */
export const SEED_YAML = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app: nginx
spec:
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
`;
