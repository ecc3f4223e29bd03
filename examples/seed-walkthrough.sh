# The seed article's walk-through, as a learner types it (typos included): create, inspect, update, watch,
# a bad image, history, undo, pause with batched edits, resume. Run: npm run sim -- examples/seed-walkthrough.sh
cat <<EOF > nginx-deployment.yaml
apiVersion: apps/v1
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
EOF
kubectl create -f nginx-deployment.yaml --record
kubectl get deployments
kubectl rollout status deployment/nginx-deployment
kubectl get deployments
kubectl get rs
kubectl get pods --show-labels
kubectl set image deployment/nginx-deployment nginx=nginx:1.23.1 --record
kubectl rollout staus deployment/nginx-deployment
kubectl rollout status deployment/nginx-deployment
kubectl get deployments
kubectl get rs
kubectl get pods
kubectl describe deployments
kubectl set image deployment/nginx-deployment nginx=nginx:1.231 --record
timeout 20s kubectl rollout status deployment/nginx-deployment
kubectl get rs
kubectl get pods
kubectl rollout history deployment/nginx-deployment
kubectl rollout history deployment/nginx-deployment --version=3
kubectl rollout history deployment/nginx-deployment --revision=3
kubecti rollout undo deployment/nginx-deployment
kubectl rollout undo deployment/nginx-deployment
kubectl rollout status deployment/nginx-deployment
kubectl rollout undo deployment/nginx-deployment --to-revision=2
kubectl describe deployment/nginx-deployment
kubectl rollout pause deployment/nginx-deployment nginx=nginx:1.231
kubectl rollout pause deployment/nginx-deployment
kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1
kubectl rollout history deployment/nginx-deployment
kubectl set resources deployment nginx-deployment -c=nginx --limits=cpu=200m,memory=512Mi
kubectl rollout undo deployment/nginx-deployment
kubectl rollout resume deploy nginx-deployment
kubectl rollout status deployment/nginx-deployment
kubectl get rs
kubectl rollut
