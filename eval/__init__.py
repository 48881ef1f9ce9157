"""Quality evaluations on the data sets we wrote (eval/data); run each as ``python eval/<name>.py``."""
