{{/* Common names and labels. */}}
{{- define "mork.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "mork.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "mork.selector" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "mork.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}

{{/* Environment shared by every container: the ConfigMap, then secrets by reference. */}}
{{- define "mork.env" -}}
envFrom:
  - configMapRef:
      name: {{ include "mork.fullname" . }}
env:
  - name: MORK_DATA_DIR
    value: /tmp/mork
{{- range $name, $key := .Values.secrets.keys }}
  - name: {{ $name }}
    valueFrom:
      secretKeyRef:
        name: {{ $.Values.secrets.existingSecret }}
        key: {{ $key }}
        optional: {{ has $name $.Values.secrets.optional }}
{{- end }}
{{- end -}}

{{- define "mork.antiAffinity" -}}
{{- if eq .root.Values.antiAffinity "soft" }}
affinity:
  podAntiAffinity:
    preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 100
        podAffinityTerm:
          topologyKey: kubernetes.io/hostname
          labelSelector:
            matchLabels:
              {{- include "mork.selector" . | nindent 14 }}
{{- else if eq .root.Values.antiAffinity "hard" }}
affinity:
  podAntiAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      - topologyKey: kubernetes.io/hostname
        labelSelector:
          matchLabels:
            {{- include "mork.selector" . | nindent 12 }}
{{- end }}
{{- end -}}
